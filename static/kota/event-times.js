// An event's times in the reader's own time zone; the page states them in the event's zone
// without JavaScript.
document.querySelectorAll("[data-local-times]").forEach((block) => {
  const format = new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
    weekday: "long", year: "numeric", month: "long", day: "numeric",
    hour: "2-digit", minute: "2-digit", timeZoneName: "short",
  });
  block.querySelectorAll("time[data-local]").forEach((el) => {
    el.textContent = format.format(new Date(el.getAttribute("datetime")));
  });
  block.hidden = false;
});
