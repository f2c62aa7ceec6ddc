// A temperature as a site's weather prints it («12°», «12 °C», «١٢ درجة»): the clean stage and the date
// engine both read it as the mark of a page header, whose day is the day the page was shown.
export const TEMPERATURE = /(?<![\d٠-٩])-?([\d٠-٩]{1,2})\s?(?:°|º|درجة(?![\p{L}])|درجه(?![\p{L}]))/u;
