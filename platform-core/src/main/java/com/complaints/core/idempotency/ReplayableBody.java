package com.complaints.core.idempotency;

/**
 * A response body that holds a secret shown only once (such as a consumer's access code). The idempotency store
 * keeps {@link #withoutSecrets()} instead, so the secret is never stored in clear; a replay answers without it.
 */
public interface ReplayableBody {

    Object withoutSecrets();
}
