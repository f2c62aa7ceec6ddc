// A temperature as a site's weather prints it («12°», «12 °C», «١٢ درجة»): the clean stage and the date
// engine both read it as the mark of a page header, whose day is the day the page was shown.
export const TEMPERATURE = /(?<![\d٠-٩])-?([\d٠-٩]{1,2})\s?(?:°|º|درجة(?![\p{L}])|درجه(?![\p{L}]))/u;
/** A weather box's own form: the degree sign on either side of the number (text copied from a
 *  right-to-left page often has «°12»), or a sukun for it («12ْ»), a unit after it; never «درجة», which
 *  headlines use too («موسكو تستدير 90 درجة»). Global: the clean stage takes every one out of a line. */
export const DEGREES = /-?[\d٠-٩]{1,2}\s?(?:[°º]\s?[CcFf]?|ْ)|[°º]\s?-?[\d٠-٩]{1,2}/gu;
