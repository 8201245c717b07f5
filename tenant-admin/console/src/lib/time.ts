/** Dates as staff read them: in the tenant's time zone, in the reader's language. */

const formats = new Map<string, Intl.DateTimeFormat>();

/** A formatter per time zone and language, made once: making one costs more than formatting fifty dates with it. */
function formatFor(timeZone: string, language: string): Intl.DateTimeFormat {
  const key = `${timeZone}|${language}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'zh-CN' ? 'zh-CN' : 'en-GB', {
      timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false,
    });
    formats.set(key, format);
  }
  return format;
}

export function formatInstant(iso: string | null | undefined, timeZone: string, language: string): string {
  if (!iso) return '';
  return formatFor(timeZone, language).format(new Date(iso));
}

/** How long until (or since) a due time, in whole units: the two largest of days, hours, minutes. */
export interface Countdown {
  overdue: boolean;
  days: number;
  hours: number;
  minutes: number;
}

export function countdown(dueAt: string, now: number): Countdown {
  const diff = new Date(dueAt).getTime() - now;
  const total = Math.floor(Math.abs(diff) / 60_000);
  return {
    overdue: diff < 0,
    days: Math.floor(total / 1440),
    hours: Math.floor((total % 1440) / 60),
    minutes: total % 60,
  };
}

/** A countdown in a few characters: `2d 3h`, `3h 5m`, `12m` (English) or `2天3小时`, `3小时5分`, `12分` (Chinese). */
export function shortDuration(c: Countdown, language: string): string {
  const zh = language === 'zh-CN';
  const u = zh ? { d: '天', h: '小时', m: '分' } : { d: 'd', h: 'h', m: 'm' };
  const sep = zh ? '' : ' ';
  if (c.days > 0) return `${c.days}${u.d}${sep}${c.hours}${u.h}`;
  if (c.hours > 0) return `${c.hours}${u.h}${sep}${c.minutes}${u.m}`;
  return `${c.minutes}${u.m}`;
}

/** The instant a calendar day starts in a time zone (`2026-12-01` in Asia/Shanghai → `2026-11-30T16:00:00.000Z`). */
export function startOfDay(date: string, timeZone: string): string {
  return zonedInstant(date, '00:00', timeZone);
}

/** The instant a wall-clock date and time (`HH:mm`) names in a time zone. */
export function zonedInstant(date: string, time: string, timeZone: string): string {
  const guess = new Date(`${date}T${time}:00Z`);
  // the zone's offset at that moment, from how the zone writes it
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  }).formatToParts(guess).map((p) => [p.type, p.value]));
  const local = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
  return new Date(guess.getTime() - (local - guess.getTime())).toISOString();
}

/** A due instant as a person plans with it: weekday, date and time in the tenant's zone. */
export function formatDue(iso: string, timeZone: string, language: string): string {
  const weekday = new Intl.DateTimeFormat(language === 'zh-CN' ? 'zh-CN' : 'en-GB', { timeZone, weekday: 'short' })
    .format(new Date(iso));
  return `${weekday} ${formatInstant(iso, timeZone, language)}`;
}

/** The wall-clock date and time now in a time zone, as `YYYY-MM-DDTHH:mm`. */
export function wallClock(timeZone: string, now = Date.now()): string {
  const p = Object.fromEntries(new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit',
    day: '2-digit', hour: '2-digit', minute: '2-digit' }).formatToParts(new Date(now)).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** Today's date in a time zone, as `YYYY-MM-DD`. */
export function today(timeZone: string, now = Date.now()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(now));
}

/** A `YYYY-MM-DD` date moved by days (calendar arithmetic, no time zone involved). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A `YYYY-MM-DD` date moved by months (the first of a month stays the first). */
export function addMonths(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}
