// The reset link's token, carried in the address fragment (never sent to the server with the page
// request), read apart from the reset page so the sign-in bundle need not carry that page.
export function readResetToken(hash: string): string | undefined {
  const token = new URLSearchParams(hash.replace(/^#/, "")).get("token");
  return token === null || token === "" ? undefined : token;
}
