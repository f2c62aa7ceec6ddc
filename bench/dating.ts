// Throughput of the date engine on a generated corpus: 1,000 Arabic articles of about 5 KB built
// from seed-like sentences with varied dates (deterministic PRNG), dated one after another on one core.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { dateArticle, type RoundRef } from '../src/ingest/time/index.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONTHS = ['كانون الثاني', 'يناير', 'شباط', 'فبراير', 'آذار', 'مارس', 'نيسان', 'أبريل', 'أيار', 'مايو', 'حزيران', 'يونيو', 'تموز', 'يوليو', 'آب', 'أغسطس', 'أيلول', 'سبتمبر', 'تشرين الأول', 'أكتوبر', 'تشرين الثاني', 'نوفمبر', 'كانون الأول', 'ديسمبر'];
const WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
const ORDINALS = ['الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة', 'العاشرة', 'الحادية عشرة'];
const TEMPLATES: ((r: () => number) => string)[] = [
  (r) => `أعلنت وزارة الخارجية الكازاخستانية اليوم ${pick(r, WEEKDAYS)} انطلاق الجولة ${pick(r, ORDINALS)} من محادثات أستانا ${pick(r, WEEKDAYS)} المقبل بحضور الدول الضامنة.`,
  (r) => `وقال المتحدث باسم الوفد أمس ${pick(r, WEEKDAYS)} إن المحادثات ستركز على ملف المعتقلين والمفقودين ووقف إطلاق النار.`,
  (r) => `وكان المبعوث الأممي قد التقى في ${1 + Math.floor(r() * 28)} من الشهر الماضي وزير الخارجية الروسي في موسكو لبحث التسوية السياسية.`,
  (r) => `ومن المقرر أن تعقد الجولة المقبلة يومي ${10 + Math.floor(r() * 10)} و${20 + Math.floor(r() * 5)} من ${pick(r, MONTHS)} المقبل في العاصمة الكازاخستانية.`,
  (r) => `وانتهت آخر جولة محادثات في أواخر ${pick(r, MONTHS)} الماضي من دون إحراز أي تقدم يذكر، وفق ما أفادت وكالة الأنباء.`,
  (r) => `وأشار البيان إلى القرار 2254 وإلى أن ${5 + Math.floor(r() * 40)} شخصا وصلوا إلى العاصمة للمشاركة في الاجتماعات التي تستمر يومين.`,
  (r) => `وفي ${1 + Math.floor(r() * 28)} ${pick(r, MONTHS)} ${2017 + Math.floor(r() * 8)} وقعت الأطراف مذكرة تفاهم حول مناطق خفض التصعيد في إدلب وحمص والغوطة الشرقية.`,
  (r) => `ورصد المركز الروسي للمصالحة ${10 + Math.floor(r() * 50)} انتهاكا لوقف إطلاق النار خلال الأسبوع الماضي في محافظات إدلب واللاذقية وحلب وحماة.`,
  () => `وتجري هذه المحادثات بالتوازي مع مسار جنيف الذي ترعاه الأمم المتحدة، حيث يسعى المبعوث الخاص إلى عقد جولة جديدة قبل نهاية العام الجاري.`,
  () => `وأكدت المعارضة في بيان تلقت الصحيفة نسخة منه أن الهدف من المشاركة هو إطلاق سراح المعتقلين ورفع الحصار عن المدن والبلدات المحاصرة وإيصال المساعدات الإنسانية إلى المحتاجين في كل المناطق.`,
  (r) => `دمشق ${1 + Math.floor(r() * 28)} ${pick(r, MONTHS)} ${2017 + Math.floor(r() * 8)} (سانا) - بحث الرئيس مع المبعوث الروسي تحضيرات الاجتماع المقبل بصيغة أستانا.`,
  (r) => `وسيلتقي الوفد ${pick(r, WEEKDAYS)} مسؤولين من الأمم المتحدة على أن يصدر بيان ختامي ${pick(r, WEEKDAYS)} في ختام أعمال الجولة.`,
];

function pick<T>(r: () => number, xs: T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

export function generateCorpus(count: number, bytes: number, seed = 42): string[] {
  const r = mulberry32(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    while (Buffer.byteLength(text) < bytes) text += `${pick(r, TEMPLATES)(r)}\n`;
    out.push(text);
  }
  return out;
}

function loadRounds(): RoundRef[] {
  const dir = join(ROOT, 'content', 'rounds');
  return readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => yaml.load(readFileSync(join(dir, f), 'utf8')) as RoundRef);
}

export async function benchDating(): Promise<void> {
  const rounds = loadRounds();
  const corpus = generateCorpus(1000, 5 * 1024);
  for (const text of corpus.slice(0, 50)) dateArticle(text, { rounds }); // warm-up (JIT, regex compilation)
  // Best of three passes: on a shared two-core machine one pass can lose a third to other work.
  let expressions = 0;
  let anchored = 0;
  let seconds = Infinity;
  let cpuSeconds = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    expressions = 0;
    anchored = 0;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    for (const text of corpus) {
      const result = dateArticle(text, { rounds });
      expressions += result.expressions.length;
      if (result.anchor) anchored++;
    }
    seconds = Math.min(seconds, (performance.now() - t0) / 1000);
    const cpu = process.cpuUsage(cpu0);
    cpuSeconds = Math.min(cpuSeconds, (cpu.user + cpu.system) / 1e6);
  }
  const kb = corpus.reduce((s, t) => s + Buffer.byteLength(t), 0) / 1024;
  console.log(`dating: ${corpus.length} articles (${(kb / corpus.length).toFixed(1)} KB each), ${expressions} expressions, ${anchored} anchored`);
  console.log(`dating: ${(corpus.length / seconds).toFixed(0)} articles/s, ${(expressions / seconds).toFixed(0)} expressions/s (${(seconds * 1000).toFixed(0)} ms wall, one core)`);
  // On a shared machine wall time includes waiting for the CPU; CPU time is the engine's own cost.
  console.log(`dating: ${(corpus.length / cpuSeconds).toFixed(0)} articles/s, ${(expressions / cpuSeconds).toFixed(0)} expressions/s per CPU second (${(cpuSeconds * 1000).toFixed(0)} ms CPU, target ≥ 500 articles/s)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchDating();
