import { z } from 'zod';

/**
 * The movement screens and the camera positions each is watched from. The movement findings, the
 * clips and the frames kept from them all name a screen and a view from these lists, so a kept
 * frame and the finding it illustrates can be put side by side.
 *
 * The single-leg squat is watched from the front, once for each standing leg; `side` names that leg.
 */
export const movementScreens = [
  { id: 'overhead-squat', label: 'Overhead squat', views: ['front', 'side', 'back'] },
  { id: 'single-leg-squat', label: 'Single-leg squat', views: ['front'] },
] as const;

export type MovementScreen = (typeof movementScreens)[number]['id'];
export const movementScreenIds = movementScreens.map((screen) => screen.id) as [
  MovementScreen,
  ...MovementScreen[],
];

export const movementViewIds = ['front', 'side', 'back'] as const;
export type MovementView = (typeof movementViewIds)[number];

export const movementViewLabels: Record<MovementView, string> = {
  front: 'From the front',
  side: 'From the side',
  back: 'From behind',
};

/** Which screen, from where, and for the single-leg squat which leg she stood on. */
export const movementTagSchema = z
  .object({
    screen: z.enum(movementScreenIds),
    view: z.enum(movementViewIds),
    side: z.enum(['left', 'right']).nullable(),
  })
  .strict()
  .refine(
    (tag) =>
      (
        movementScreens.find((screen) => screen.id === tag.screen)?.views as readonly string[]
      ).includes(tag.view),
    { message: 'That screen is not watched from there.' },
  )
  .refine((tag) => (tag.screen === 'single-leg-squat') === (tag.side !== null), {
    message: 'Say which leg she stood on for a single-leg squat, and only then.',
  });

export type MovementTag = z.infer<typeof movementTagSchema>;
