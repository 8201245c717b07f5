import { Button } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** Previous and next page around "page 3 of 2,000": a list of 100,000 cases is paged, not jumped through. */
export function Pager({ page, pageSize, total, onPage }: { page: number; pageSize: number; total: number; onPage: (page: number) => void }) {
  const { t, i18n } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (total <= pageSize && page === 0) return null;
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <nav className="pager" aria-label={t('list.pages')}>
      <Button icon={<LeftOutlined />} disabled={page <= 0} onClick={() => onPage(page - 1)} data-testid="page-previous"
        aria-keyshortcuts="[">{t('list.previousPage')}</Button>
      <span aria-live="polite">{t('list.pageOf', { page: number.format(page + 1), pages: number.format(pages) })}</span>
      <Button icon={<RightOutlined />} iconPlacement="end" disabled={page + 1 >= pages} onClick={() => onPage(page + 1)}
        data-testid="page-next" aria-keyshortcuts="]">{t('list.nextPage')}</Button>
    </nav>
  );
}
