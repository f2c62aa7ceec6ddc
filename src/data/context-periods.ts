// Curated context for the timeline: the UN envoys' terms and the Constitutional Committee's life. Every
// date carries the pages it was checked against (two where they could be found), so that a reader, and
// the next maintainer, can see why a band starts or ends where it does. The hosts of the Astana-format
// rounds are not curated here: they follow from the rounds catalog (src/lib/host-periods.ts).
// `end: null` is a period still open on the last day this file was checked, or whose last day no
// source names; its note says what is known.

export interface PeriodSource { url: string; title: string; publisher: string }

export interface CuratedPeriod {
  id: string;
  kind: 'envoy' | 'committee';
  label_ar: string;
  /** The band's label on the timeline, where it has a few centimetres. */
  short_ar: string;
  start: string;
  end: string | null;
  /** What the start and end days are, in the reader's words. */
  note_ar: string;
  startSources: PeriodSource[];
  endSources: PeriodSource[];
}

export const CONTEXT_PERIODS: readonly CuratedPeriod[] = [
  {
    id: 'envoy-annan',
    kind: 'envoy',
    label_ar: 'كوفي أنان، المبعوث المشترك للأمم المتحدة والجامعة العربية',
    short_ar: 'أنان',
    start: '2012-02-23',
    end: '2012-08-31',
    note_ar: 'عُيّن في 23 شباط 2012، وأعلن استقالته في 2 آب 2012 لتسري في آخر الشهر.',
    startSources: [
      { url: 'http://covid-19.chinadaily.com.cn/world/2012-02/24/content_14684241.htm', title: 'UN, Arab League name Annan as joint envoy on Syria', publisher: 'Xinhua / China Daily' },
      { url: 'https://www.salon.com/2012/02/24/kofi_annan_named_un_arab_league_envoy_to_syria_3/', title: 'Kofi Annan Named UN-Arab League Envoy To Syria', publisher: 'AP / Salon' },
    ],
    endSources: [
      { url: 'https://www.upi.com/Top_News/US/2012/08/17/Brahimi-appointed-UN-Syrian-envoy/UPI-73811345185000/', title: 'Brahimi appointed U.N. Syrian envoy', publisher: 'UPI' },
      { url: 'http://shiitenews.org/shiitenews/asia/item/9501-syria-un-arab-league-special-envoy-brahimi-resigns/', title: 'Syria UN-Arab League Special Envoy Brahimi resigns', publisher: 'Shiite News' },
    ],
  },
  {
    id: 'envoy-brahimi',
    kind: 'envoy',
    label_ar: 'الأخضر الإبراهيمي، الممثل الخاص المشترك',
    short_ar: 'الإبراهيمي',
    start: '2012-09-01',
    end: '2014-05-31',
    note_ar: 'عُيّن في 17 آب 2012 وتسلّم مهامه عند انتهاء ولاية أنان، واستقال في 13 أيار 2014 لتسري الاستقالة في 31 أيار.',
    startSources: [
      { url: 'https://www.upi.com/Top_News/US/2012/08/17/Brahimi-appointed-UN-Syrian-envoy/UPI-73811345185000/', title: 'Brahimi appointed U.N. Syrian envoy', publisher: 'UPI' },
      { url: 'https://thesantosrepublic.com/2012/08/17/un-names-algerias-brahimi-as-syria-envoy-to-replace-annan-new-liaison-office-in-damascus/', title: 'UN names Algeria’s Brahimi as Syria envoy to replace Annan', publisher: 'The Santos Republic' },
    ],
    endSources: [
      { url: 'http://www.voanews.com/articleprintview/1913715.html', title: 'UN Special Envoy to Syria Resigns', publisher: 'VOA' },
      { url: 'https://www.scprocedure.org/chapter-9-section-9c-ck5x', title: 'Changed status of Special Envoy for Syria', publisher: 'Security Council Procedure' },
    ],
  },
  {
    id: 'envoy-de-mistura',
    kind: 'envoy',
    label_ar: 'ستافان دي ميستورا، المبعوث الخاص للأمم المتحدة',
    short_ar: 'دي ميستورا',
    start: '2014-07-10',
    end: '2018-12-20',
    note_ar: 'عيّنه الأمين العام في 10 تموز 2014، وقدّم إحاطته الأخيرة إلى مجلس الأمن في 20 كانون الأول 2018.',
    startSources: [
      { url: 'http://www.dw.de/un-appoints-staffan-de-mistura-as-new-envoy-to-syria/a-17776427', title: 'New UN envoy to Syria', publisher: 'DW' },
      { url: 'https://www.scprocedure.org/chapter-9-section-9c-ck5x', title: 'Changed status of Special Envoy for Syria', publisher: 'Security Council Procedure' },
    ],
    endSources: [
      { url: 'https://nation.com.pk/22-Dec-2018/un-envoy-urges-security-council-to-remain-united-for-syrians', title: 'UN envoy urges Security Council to remain united for Syrians', publisher: 'The Nation' },
      { url: 'https://docslib.org/doc/1984363/s-pv-8434-the-situation-in-the-middle-east-20-12-2018', title: 'S/PV.8434, The situation in the Middle East, 20 December 2018', publisher: 'UN Security Council record' },
    ],
  },
  {
    id: 'envoy-pedersen',
    kind: 'envoy',
    label_ar: 'غير بيدرسن، المبعوث الخاص للأمم المتحدة',
    short_ar: 'بيدرسن',
    start: '2019-01-07',
    end: null,
    note_ar: 'عُيّن في 31 تشرين الأول 2018 وتسلّم مهامه في 7 كانون الثاني 2019، وأعلن أمام مجلس الأمن في 18 أيلول 2025 أنه سيتنحى دون أن يحدد يوماً.',
    startSources: [
      { url: 'https://www.albawaba.com/news/new-un-syria-envoy-geir-pedersen-takes-over-de-mistura-1236014', title: 'New UN Syria envoy Geir Pedersen takes over from de Mistura', publisher: 'Al Bawaba' },
      { url: 'https://www.un.org/press/en/2018/sga1836.doc.htm', title: 'Secretary-General appoints Geir O. Pedersen of Norway Special Envoy for Syria', publisher: 'United Nations' },
    ],
    endSources: [
      { url: 'https://www.lbcgroup.tv/news/middleeastnews/879101/un-envoy-to-syria-geir-pedersen-resigns/en', title: 'UN envoy to Syria Geir Pedersen resigns', publisher: 'LBCI' },
      { url: 'https://www.trtworld.com/article/46d0d0f5d17f', title: 'UN Syria envoy Pedersen resigns', publisher: 'TRT World' },
    ],
  },
  {
    id: 'constitutional-committee',
    kind: 'committee',
    label_ar: 'اللجنة الدستورية: من الإعلان عن تشكيلها إلى آخر دوراتها',
    short_ar: 'عمر اللجنة الدستورية',
    start: '2019-09-23',
    end: '2022-06-03',
    note_ar: 'أعلن الأمين العام تشكيلها في 23 أيلول 2019، وعُقدت دورتها الأولى في جنيف في 30 تشرين الأول 2019، واختُتمت الثامنة في 3 حزيران 2022؛ وأُعلن في 16 تموز 2022 إرجاء التاسعة.',
    startSources: [
      { url: 'http://www.anews.com.tr/world/2019/09/28/syrian-constitutional-committee-to-meet-oct-30', title: 'Syrian constitutional committee to meet Oct. 30', publisher: 'A News' },
      { url: 'https://syriancc.org/en/2022/07/16/postponement-of-the-ninth-session-of-the-meetings-of-the-syrian-constitutional-committee/', title: 'Ninth Session of Syrian Constitutional Committee Meetings is postponed', publisher: 'Syrian Constitutional Committee (site)' },
    ],
    endSources: [
      { url: 'https://syriancc.org/en/2022/07/16/postponement-of-the-ninth-session-of-the-meetings-of-the-syrian-constitutional-committee/', title: 'Ninth Session of Syrian Constitutional Committee Meetings is postponed', publisher: 'Syrian Constitutional Committee (site)' },
    ],
  },
];
