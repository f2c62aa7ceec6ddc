// A clock time as stamps print it («10:35», «١٠:٣٥», «10 : 35»): read by the clean stage to tell a
// stamp line, and by the date engine to tell a story's stamp from a page header's day.
export const CLOCK_TIME = /[\d٠-٩]{1,2}\s?[:：]\s?[\d٠-٩]{2}(?![\d٠-٩])/u;
