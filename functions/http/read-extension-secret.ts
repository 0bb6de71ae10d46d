/**
 * Reads a secret through the AWS Parameters and Secrets Lambda extension, a local HTTP cache in
 * front of Secrets Manager (https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_lambda.html):
 * one loopback GET at cold start instead of bundling the Secrets Manager SDK client.
 */
import * as z from 'zod/mini';

/** The extension's default port (PARAMETERS_SECRETS_EXTENSION_HTTP_PORT). */
export const EXTENSION_PORT = 2773;

const SecretValueSchema = z.object({ SecretString: z.string() });

/** The secret could not be read; the function must not take traffic without its cursor key. */
export class SecretReadError extends Error {
  override readonly name = 'SecretReadError';
}

export interface ReadExtensionSecretOptions {
  readonly secretId: string;
  /** AWS_SESSION_TOKEN: the extension refuses requests without it. */
  readonly sessionToken: string;
  /** @default EXTENSION_PORT */
  readonly port?: number;
  /** @default globalThis.fetch */
  readonly fetch?: typeof globalThis.fetch;
  /** Attempts while the extension is still starting. @default 5 */
  readonly attempts?: number;
}

/**
 * The SecretString of a secret.
 * @throws SecretReadError when the extension does not answer with one.
 */
export async function readExtensionSecret(options: ReadExtensionSecretOptions): Promise<string> {
  const fetch = options.fetch ?? globalThis.fetch;
  const url = `http://localhost:${options.port ?? EXTENSION_PORT}/secretsmanager/get?secretId=${encodeURIComponent(options.secretId)}`;
  const attempts = options.attempts ?? 5;
  let last: unknown;
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    try {
      const response = await fetch(url, {
        headers: { 'X-Aws-Parameters-Secrets-Token': options.sessionToken },
      });
      if (!response.ok) {
        last = new SecretReadError(`the secrets extension answered ${response.status}`);
        if (response.status < 500) break;
        continue;
      }
      const parsed = SecretValueSchema.safeParse(await response.json());
      if (!parsed.success) throw new SecretReadError('the secret has no SecretString');
      return parsed.data.SecretString;
    } catch (error) {
      if (error instanceof SecretReadError) throw error;
      last = error;
    }
  }
  throw new SecretReadError(`cannot read secret ${options.secretId} through the Lambda extension`, {
    cause: last,
  });
}
