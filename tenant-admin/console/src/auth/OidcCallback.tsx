import { useEffect, useState } from 'react';
import { Alert, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAuth } from './AuthContext';
import { discover, exchangeCode } from './pkce';
import { CALLBACK_PATH } from './SignIn';

/** The end of an OpenID Connect sign-in: checks the state, exchanges the code, goes back where the reader was. */
export function OidcCallback() {
  const { t } = useTranslation();
  const { config, signIn } = useAuth();
  const navigate = useNavigate();
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (!config?.oidc) return;
    const params = new URLSearchParams(location.search);
    const pending = JSON.parse(sessionStorage.getItem('console.oidc') ?? 'null') as
      { verifier: string; state: string; back: string } | null;
    sessionStorage.removeItem('console.oidc');
    if (!pending || params.get('state') !== pending.state || !params.get('code')) {
      setError(params.get('error_description') ?? params.get('error') ?? 'invalid state');
      return;
    }
    const oidc = config.oidc;
    discover(oidc.issuer)
      .then(async (d) => ({ d, tokens: await exchangeCode(d, oidc, location.origin + CALLBACK_PATH, params.get('code')!, pending.verifier) }))
      .then(({ d, tokens }) => {
        signIn(tokens.access_token, { discovery: d, refreshToken: tokens.refresh_token, idToken: tokens.id_token });
        navigate(pending.back.replace(/^\/console/, '') || '/', { replace: true });
      })
      .catch((e) => setError(String(e)));
  }, [config, signIn, navigate]);

  return error ? <Alert type="error" title={t('signIn.failed')} description={error} showIcon /> : <Spin tip={t('signIn.callback')} />;
}
