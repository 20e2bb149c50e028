// The only place that constructs msal-node: tokens for Microsoft Graph as the app itself (client
// credentials) or on behalf of the signed-in user (OBO, from the token the tab or add-in sent).
// msal-node caches both until shortly before they expire.
import { ConfidentialClientApplication } from '@azure/msal-node';

const GRAPH_DEFAULT_SCOPE = 'https://graph.microsoft.com/.default';

export interface GraphTokenSource {
  appToken(): Promise<string>;
  onBehalfOf(userToken: string): Promise<string>;
}

export interface GraphTokenSourceOptions {
  tenantId: string;
  clientId: string;
  /** From the environment only (PRIVACYWACHT_CLIENT_SECRET). */
  clientSecret: string;
  /**
   * Another authority than Entra's, with its metadata given up front so msal-node makes no
   * discovery request (tests point this at a local token endpoint).
   */
  authority?: { url: string; host: string; metadata: Record<string, unknown> };
}

export function createGraphTokenSource(options: GraphTokenSourceOptions): GraphTokenSource {
  const { authority } = options;
  const client = new ConfidentialClientApplication({
    auth: {
      clientId: options.clientId,
      clientSecret: options.clientSecret,
      authority: authority?.url ?? `https://login.microsoftonline.com/${options.tenantId}`,
      ...(authority
        ? {
            knownAuthorities: [authority.host],
            authorityMetadata: JSON.stringify(authority.metadata),
          }
        : {}),
    },
    // msal-node logs nothing unless asked; its PII logging stays off.
    system: { loggerOptions: { piiLoggingEnabled: false } },
  });
  const tokenOf = (result: { accessToken: string } | null): string => {
    if (!result?.accessToken) throw new Error('msal-node returned no access token');
    return result.accessToken;
  };
  return {
    async appToken() {
      return tokenOf(
        await client.acquireTokenByClientCredential({ scopes: [GRAPH_DEFAULT_SCOPE] }),
      );
    },
    async onBehalfOf(userToken) {
      return tokenOf(
        await client.acquireTokenOnBehalfOf({
          oboAssertion: userToken,
          scopes: [GRAPH_DEFAULT_SCOPE],
        }),
      );
    },
  };
}
