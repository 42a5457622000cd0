/** Who is logged in (GET /api/session), or null, and what the role allows. */
export const session = {
  user: null,
  can: (permission) => !!session.user?.permissions.includes(permission),
};
