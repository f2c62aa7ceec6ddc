// Labels of the dates a page prints about itself. Written in ordinary spelling; readers fold them.

/** Labels of an update stamp («آخر تحديث: …»): a page is updated the day it is published or soon
 *  after, unless its site re-stamped it later. */
export const UPDATE_LABELS = ['آخر تحديث', 'تحديث', 'تم التحديث', 'updated'];
