import { z } from 'zod';

export const ROLES = ['rep', 'manager', 'admin'] as const;

/** A person who talks to the team server, as `GET /api/me` and `POST /api/members` show them (no token). */
export const MemberSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  role: z.enum(ROLES),
  team: z.string().min(1).nullable(),
});

/** The body of `POST /api/members`: reps and managers belong to a team; an admin may have none. */
export const NewMemberSchema = z
  .strictObject({
    name: z.string().trim().min(1, 'a name is required').max(200),
    role: z.enum(ROLES),
    team: z.string().trim().min(1).max(200).optional(),
  })
  .refine((m) => m.role === 'admin' || m.team !== undefined, { message: 'a rep or manager needs a team', path: ['team'] });

export type Member = z.infer<typeof MemberSchema>;
export type NewMember = z.infer<typeof NewMemberSchema>;
export type Role = (typeof ROLES)[number];
