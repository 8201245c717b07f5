import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { Alert, Button, Checkbox, Input, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from './AuthContext';
import { authorizeUrl, challengeOf, discover, newVerifier } from './pkce';
import { ApiError, toProblem } from '../api/problem';

const ROLES = ['AGENT', 'SUPERVISOR', 'TENANT_ADMIN', 'PLATFORM_OPERATOR'];
const DEPARTMENTS = ['customer-service', 'product', 'service', 'legal'];

export interface DevForm {
  tenant: string;
  user: string;
  roles: string[];
  department?: string;
}

/** Where an OpenID Connect sign-in comes back to. */
export const CALLBACK_PATH = '/console/callback';

/** Starts the authorization code flow; the verifier and state wait in session storage for the callback. */
async function startOidc(issuer: string, clientId: string, scope: string, language: string): Promise<void> {
  const discovery = await discover(issuer);
  const verifier = newVerifier();
  const state = newVerifier();
  sessionStorage.setItem('console.oidc', JSON.stringify({ verifier, state, back: location.pathname + location.search }));
  location.assign(authorizeUrl(discovery, { issuer, clientId, scope }, location.origin + CALLBACK_PATH, state,
    await challengeOf(verifier), language));
}

/** A labelled field of the sign-in form with its error under it (a plain form: antd's Form would double this screen's script). */
function Field({ label, error, group, children }: { label: string; error?: string; group?: boolean;
  children: (id: string, describedBy: string | undefined) => ReactNode }) {
  const id = useId();
  const errorId = `${id}-error`;
  const Label = group ? 'span' : 'label';
  return (
    <div className="field" role={group ? 'group' : undefined} aria-labelledby={group ? `${id}-label` : undefined}>
      <Label className="field-label" id={`${id}-label`} {...(group ? {} : { htmlFor: id })}>{label}</Label>
      {children(id, error ? errorId : undefined)}
      {error && <div className="field-error" id={errorId} role="alert">{error}</div>}
    </div>
  );
}

/**
 * The sign-in form: the development issuer's (tenant, user, roles, department; clearly marked as development only)
 * in the embedded default, the company's identity provider otherwise. `defaults` fills the form again after a
 * session ended, so the same person signs in again.
 */
export function SignIn({ defaults }: { defaults?: Partial<DevForm> }) {
  const { t, i18n } = useTranslation();
  const { config, signIn } = useAuth();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [values, setValues] = useState<DevForm>(() => ({
    tenant: 'demo', user: '', roles: ['AGENT'], department: 'customer-service', ...defaults }));
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<keyof DevForm, string>>>({});
  const set = <K extends keyof DevForm>(name: K, value: DevForm[K]) => {
    setValues((v) => ({ ...v, [name]: value }));
    setFieldErrors((e) => ({ ...e, [name]: undefined }));
  };

  async function devSignIn(event: FormEvent) {
    event.preventDefault();
    const missing: Partial<Record<keyof DevForm, string>> = {};
    if (!values.tenant.trim()) missing.tenant = t('common.required');
    if (!values.user.trim()) missing.user = t('common.required');
    if (values.roles.length === 0) missing.roles = t('common.required');
    setFieldErrors(missing);
    if (Object.keys(missing).length) return;
    setBusy(true);
    setError(undefined);
    try {
      const body = new URLSearchParams({ tenant: values.tenant.trim(), user: values.user.trim(), roles: values.roles.join(',') });
      if (values.department) body.set('department', values.department);
      const response = await fetch('/dev/token', { method: 'POST', body });
      const json = await response.json();
      if (!response.ok) {
        const problem = new ApiError(toProblem(response.status, json));
        setFieldErrors(problem.fieldErrors() as Partial<Record<keyof DevForm, string>>);
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
    <section className="sign-in" aria-labelledby="sign-in-title">
      <h2 id="sign-in-title">{config.devSignIn ? t('signIn.devTitle') : t('signIn.title')}</h2>
      {error && <Alert type="error" title={t('signIn.failed')} description={error} showIcon style={{ marginBottom: 16 }} />}
      {config.oidc && (
        <Button type="primary" block size="large" onClick={() => startOidc(config.oidc!.issuer, config.oidc!.clientId,
          config.oidc!.scope, i18n.language).catch((e) => setError(String(e)))} style={{ marginBottom: 16 }}>
          {t('signIn.oidc')}
        </Button>
      )}
      {config.devSignIn && (
        <>
          <Alert type="warning" showIcon title={t('signIn.devWarning')} style={{ marginBottom: 16 }} />
          <form onSubmit={devSignIn} noValidate>
            <Field label={t('signIn.tenant')} error={fieldErrors.tenant}>
              {(id, describedBy) => <Input id={id} aria-describedby={describedBy} aria-invalid={!!fieldErrors.tenant}
                status={fieldErrors.tenant ? 'error' : undefined} autoComplete="organization" value={values.tenant}
                onChange={(e) => set('tenant', e.target.value)} />}
            </Field>
            <Field label={t('signIn.user')} error={fieldErrors.user}>
              {(id, describedBy) => <Input id={id} aria-describedby={describedBy} aria-invalid={!!fieldErrors.user}
                status={fieldErrors.user ? 'error' : undefined} autoComplete="username" autoFocus value={values.user}
                onChange={(e) => set('user', e.target.value)} />}
            </Field>
            <Field label={t('signIn.roles')} error={fieldErrors.roles} group>
              {() => <Checkbox.Group options={ROLES.map((r) => ({ label: r, value: r }))} value={values.roles}
                onChange={(v) => set('roles', v as string[])} />}
            </Field>
            <Field label={t('signIn.department')} group>
              {() => <Radio.Group options={DEPARTMENTS.map((d) => ({ label: d, value: d }))} value={values.department}
                onChange={(e) => set('department', e.target.value as string)} />}
            </Field>
            <Button type="primary" htmlType="submit" block loading={busy}>{t('signIn.submit')}</Button>
          </form>
        </>
      )}
      {!config.devSignIn && !config.oidc && <Typography.Text type="danger">{t('common.error')}</Typography.Text>}
    </section>
  );
}
