import { Button, Card, Form, Input, Radio, Select, Space, Switch, Tooltip } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, HolderOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';
import { FIELD_VALUES, FIELDS, type Condition, type DraftRule } from './routingDraft';

interface Props {
  rule: DraftRule;
  index: number;
  count: number;
  departments: Schemas['DepartmentView'][];
  errors?: Record<string, string>;
  onChange: (rule: DraftRule) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
  dragging: { from?: number; setFrom: (i?: number) => void };
}

/** One rule of the ordered list: name, on/off, all or any of its conditions, the target; dragged or moved to reorder. */
export function RoutingRuleCard({ rule, index, count, departments, errors = {}, onChange, onMove, onRemove, dragging }: Props) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  const department = departments.find((d) => d.id === rule.targetDepartmentId);
  const at = (field: string) => errors[field] ? { validateStatus: 'error' as const, help: errors[field] } : {};
  const setCondition = (j: number, c: Condition) => onChange({ ...rule, conditions: rule.conditions.map((x, k) => (k === j ? c : x)) });
  const title = `${index + 1}. ${rule.name || t('routing.untitled')}`;

  return (
    <li className="routing-rule" data-rule={rule.name} data-index={index}
      draggable onDragStart={(e) => { dragging.setFrom(index); e.dataTransfer.effectAllowed = 'move'; e.dataTransfer.setData('text/plain', String(index)); }}
      onDragOver={(e) => { if (dragging.from !== undefined) e.preventDefault(); }}
      onDrop={(e) => { e.preventDefault(); if (dragging.from !== undefined) onMove(index); dragging.setFrom(undefined); }}
      onDragEnd={() => dragging.setFrom(undefined)}>
      <Card size="small" className={rule.enabled ? undefined : 'routing-rule-off'}
        title={<Space><HolderOutlined aria-hidden className="drag-handle" />{title}</Space>}
        extra={<Space size={4}>
          <Switch size="small" checked={rule.enabled} onChange={(on) => onChange({ ...rule, enabled: on })}
            aria-label={t('routing.enabledFor', { rule: rule.name || index + 1 })} />
          <Tooltip title={t('routing.up')}>
            <Button size="small" type="text" icon={<ArrowUpOutlined />} disabled={index === 0} onClick={() => onMove(index - 1)}
              aria-label={t('routing.upFor', { rule: rule.name || index + 1 })} />
          </Tooltip>
          <Tooltip title={t('routing.down')}>
            <Button size="small" type="text" icon={<ArrowDownOutlined />} disabled={index === count - 1} onClick={() => onMove(index + 1)}
              aria-label={t('routing.downFor', { rule: rule.name || index + 1 })} />
          </Tooltip>
          <Button size="small" type="text" danger icon={<DeleteOutlined />} onClick={onRemove}
            aria-label={t('routing.removeFor', { rule: rule.name || index + 1 })} />
        </Space>}>
        {errors.rule && <div className="ant-form-item-explain-error">{errors.rule}</div>}
        <Form layout="vertical" component="div" name={`rule-${rule.key}`}>
          <Space wrap align="start">
            <Form.Item label={t('routing.name')} {...at('name')} required htmlFor={`${rule.key}-name`}>
              <Input id={`${rule.key}-name`} value={rule.name} maxLength={100} style={{ width: 220 }} onChange={(e) => onChange({ ...rule, name: e.target.value })} />
            </Form.Item>
            <Form.Item label={t('routing.when')}>
              <Radio.Group optionType="button" size="small" value={rule.match} onChange={(e) => onChange({ ...rule, match: e.target.value as 'ALL' | 'ANY' })}
                options={[{ value: 'ALL', label: t('routing.all') }, { value: 'ANY', label: t('routing.any') }]} />
            </Form.Item>
          </Space>
          <Form.Item label={t('routing.conditions')} {...at('conditions')}>
            <Space direction="vertical" style={{ width: '100%' }}>
              {rule.conditions.map((c, j) => {
                const known = FIELD_VALUES[c.field];
                const valuesError = errors[`conditions[${j}].values`] ?? errors[`conditions[${j}].field`];
                return (
                  <Space.Compact key={j} style={{ width: '100%' }} data-condition={j}>
                    <Select value={c.field} style={{ width: 200 }} popupMatchSelectWidth={false} aria-label={t('routing.fieldOf', { n: j + 1 })}
                      onChange={(field) => setCondition(j, { field, values: [] })}
                      options={FIELDS.map((f) => ({ value: f, label: t(`routing.fields.${f}`) }))} />
                    <Select mode="tags" value={c.values} style={{ flex: 1, minWidth: 200 }} status={valuesError ? 'error' : undefined}
                      aria-label={t('routing.valuesOf', { n: j + 1 })} placeholder={t(`routing.placeholders.${c.field}`)}
                      tokenSeparators={[',', '，']} onChange={(values) => setCondition(j, { ...c, values })}
                      options={known?.values.map((v) => ({ value: v, label: t(`${known.i18n}.${v}`) }))} />
                    <Button icon={<DeleteOutlined />} aria-label={t('routing.removeCondition', { n: j + 1 })}
                      disabled={rule.conditions.length === 1}
                      onClick={() => onChange({ ...rule, conditions: rule.conditions.filter((_, k) => k !== j) })} />
                  </Space.Compact>
                );
              })}
              {Object.entries(errors).filter(([f]) => /^conditions\[\d+]/.test(f)).map(([f, m]) => (
                <div key={f} className="ant-form-item-explain-error">{m}</div>
              ))}
              <Button size="small" icon={<PlusOutlined />} onClick={() => onChange({ ...rule, conditions: [...rule.conditions, { field: 'KEYWORDS', values: [] }] })}>
                {t('routing.addCondition')}
              </Button>
            </Space>
          </Form.Item>
          <Space wrap align="start">
            <Form.Item label={t('routing.target')} {...at('targetDepartmentId')} required>
              <Select value={rule.targetDepartmentId} style={{ width: 200 }} aria-label={t('routing.target')}
                onChange={(id) => onChange({ ...rule, targetDepartmentId: id, targetUserId: undefined as unknown as string })}
                options={departments.map((d) => ({ value: d.id, label: zh ? d.nameZh : d.nameEn }))} />
            </Form.Item>
            <Form.Item label={t('routing.agent')} {...at('targetUserId')}>
              <Select value={rule.targetUserId || undefined} allowClear style={{ width: 200 }} placeholder={t('routing.anyAgent')}
                aria-label={t('routing.agent')} onChange={(u) => onChange({ ...rule, targetUserId: u as string })}
                options={department?.members.map((m) => ({ value: m, label: m }))} />
            </Form.Item>
            <Form.Item label={t('routing.priority')} {...at('priority')} htmlFor={`${rule.key}-priority`}>
              <Input id={`${rule.key}-priority`} value={rule.priority ?? ''} maxLength={20} style={{ width: 120 }} placeholder="HIGH"
                onChange={(e) => onChange({ ...rule, priority: e.target.value })} />
            </Form.Item>
          </Space>
        </Form>
      </Card>
    </li>
  );
}
