import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Form, Input, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from './AuthContext';
import { authorizeUrl, challengeOf, discover, newVerifier } from './pkce';
import { ApiError, toProblem } from '../api/problem';

const ROLES = ['AGENT', 'SUPERVISOR', 'TENANT_ADMIN'];
const DEPARTMENTS = ['customer-service', 'product', 'service', 'legal'];

interface DevForm {
  tenant: string;
  user: string;
  roles: string[];
  department?: string;
}

/** Where an OpenID Connect sign-in comes back to. */
export const CALLBACK_PATH = '/console/callback';

/** Starts the authorization code flow; the verifier and state wait in session storage for the callback. */
async function startOidc(issuer: string, clientId: string, scope: string): Promise<void> {
  const discovery = await discover(issuer);
  const verifier = newVerifier();
  const state = newVerifier();
  sessionStorage.setItem('console.oidc', JSON.stringify({ verifier, state, back: location.pathname + location.search }));
  location.assign(authorizeUrl(discovery, { issuer, clientId, scope }, location.origin + CALLBACK_PATH, state,
    await challengeOf(verifier)));
}

/**
 * The sign-in form: the development issuer's (tenant, user, roles, department; clearly marked as development only)
 * in the embedded default, the company's identity provider otherwise. `defaults` fills the form again after a
 * session ended, so the same person signs in again.
 */
export function SignIn({ defaults }: { defaults?: Partial<DevForm> }) {
  const { t } = useTranslation();
  const { config, signIn } = useAuth();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<DevForm>();

  async function devSignIn(values: DevForm) {
    setBusy(true);
    setError(undefined);
    try {
      const body = new URLSearchParams({ tenant: values.tenant, user: values.user, roles: values.roles.join(',') });
      if (values.department) body.set('department', values.department);
      const response = await fetch('/dev/token', { method: 'POST', body });
      const json = await response.json();
      if (!response.ok) {
        const problem = new ApiError(toProblem(response.status, json));
        const fields = problem.fieldErrors();
        form.setFields(Object.entries(fields).map(([name, message]) => ({ name: name as keyof DevForm, errors: [message] })));
        setError(problem.message);
        return;
      }
      signIn(json.access_token as string);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  if (!config) return null;
  return (
    <Card title={config.devSignIn ? t('signIn.devTitle') : t('signIn.title')} style={{ maxWidth: 440, margin: '0 auto' }}>
      {error && <Alert type="error" title={t('signIn.failed')} description={error} showIcon style={{ marginBottom: 16 }} />}
      {config.oidc && (
        <Button type="primary" block size="large" onClick={() => startOidc(config.oidc!.issuer, config.oidc!.clientId,
          config.oidc!.scope).catch((e) => setError(String(e)))} style={{ marginBottom: 16 }}>
          {t('signIn.oidc')}
        </Button>
      )}
      {config.devSignIn && (
        <>
          <Alert type="warning" showIcon title={t('signIn.devWarning')} style={{ marginBottom: 16 }} />
          <Form form={form} layout="vertical" onFinish={devSignIn} requiredMark={false}
            initialValues={{ tenant: 'demo', user: '', roles: ['AGENT'], department: 'customer-service', ...defaults }}>
            <Form.Item name="tenant" label={t('signIn.tenant')} rules={[{ required: true, message: t('common.required') }]}>
              <Input autoComplete="organization" />
            </Form.Item>
            <Form.Item name="user" label={t('signIn.user')} rules={[{ required: true, message: t('common.required') }]}>
              <Input autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item name="roles" label={t('signIn.roles')} rules={[{ required: true, message: t('common.required') }]}>
              <Checkbox.Group options={ROLES.map((r) => ({ label: r, value: r }))} />
            </Form.Item>
            <Form.Item name="department" label={t('signIn.department')}>
              <Radio.Group options={DEPARTMENTS.map((d) => ({ label: d, value: d }))} />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>{t('signIn.submit')}</Button>
          </Form>
        </>
      )}
      {!config.devSignIn && !config.oidc && <Typography.Text type="danger">{t('common.error')}</Typography.Text>}
    </Card>
  );
}
