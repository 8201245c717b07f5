import { useState } from 'react';
import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';
import { dayKind, formatHours, monthWeeks, WEEKDAYS } from './calendarDays';

/**
 * A year of the calendar, month by month (or one month, larger, with the days' names): holidays, partial holidays,
 * make-up working days, working days and rest days, each day a button that opens it for editing.
 */
export function CalendarYear({ year, calendar, onPick }: { year: number; calendar: Schemas['CalendarView']; onPick: (date: string) => void }) {
  const { t, i18n } = useTranslation();
  const [month, setMonth] = useState<number>();
  const special = new Map(calendar.specialDays.map((d) => [d.date, d]));
  const monthName = (m: number) => new Intl.DateTimeFormat(i18n.language, { month: 'long', timeZone: 'UTC' })
    .format(new Date(Date.UTC(year, m, 1)));
  const weekday = (i: number) => t(`calendar.short.${WEEKDAYS[i]}`);

  const grid = (m: number, large: boolean) => (
    <table className={`calendar-month${large ? ' calendar-month-large' : ''}`} data-month={m + 1}>
      <caption>
        {large ? <Typography.Text strong>{monthName(m)} {year}</Typography.Text>
          : <button type="button" className="link-button" onClick={() => setMonth(m)}>{monthName(m)}</button>}
      </caption>
      <thead><tr>{WEEKDAYS.map((d, i) => <th key={d} scope="col" abbr={t(`calendar.weekdays.${d}`)}>{weekday(i)}</th>)}</tr></thead>
      <tbody>
        {monthWeeks(year, m).map((week, w) => (
          <tr key={w}>
            {week.map((date, i) => {
              if (!date) return <td key={i} />;
              const kind = dayKind(date, special, calendar.weeklyHours);
              const listed = special.get(date);
              const label = [date, t(`calendar.kind.${kind}`), listed?.name, listed?.hours.length ? formatHours(listed.hours) : '']
                .filter(Boolean).join(' · ');
              return (
                <td key={i} className={`day-${kind}`} data-date={date} data-kind={kind}>
                  <button type="button" aria-label={label} title={label} onClick={() => onPick(date)}>
                    <span className="day-number">{Number(date.slice(8))}</span>
                    {large && listed && <span className="day-name">{listed.name}</span>}
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <div>
      <Space wrap style={{ marginBottom: 8 }} className="calendar-legend">
        {(['working', 'rest', 'holiday', 'partial-holiday', 'make-up'] as const).map((k) => (
          <span key={k} className={`legend day-${k}`}><i />{t(`calendar.kind.${k}`)}</span>
        ))}
        {month !== undefined && <Button size="small" onClick={() => setMonth(undefined)}>{t('calendar.wholeYear')}</Button>}
      </Space>
      {month === undefined
        ? <div className="calendar-year">{Array.from({ length: 12 }, (_, m) => <div key={m}>{grid(m, false)}</div>)}</div>
        : (
          <div>
            <Space style={{ marginBottom: 8 }}>
              <Button size="small" disabled={month === 0} onClick={() => setMonth(month - 1)} aria-label={t('calendar.previousMonth')}>‹</Button>
              <Button size="small" disabled={month === 11} onClick={() => setMonth(month + 1)} aria-label={t('calendar.nextMonth')}>›</Button>
            </Space>
            {grid(month, true)}
          </div>
        )}
    </div>
  );
}
