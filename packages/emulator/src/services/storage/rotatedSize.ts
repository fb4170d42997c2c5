/**
 * Computes the canvas size ImageMagick 7 (and so Appwrite's previews) gives an image rotated by
 * an angle that is not a multiple of 90°: it maps the corners, then pads the bounds by half a
 * pixel on each side and rounds outwards (`floor(min - 0.5)`, `ceil(max - start + 0.5)`). A
 * 300×100 image turned 45° becomes 284×284 there, where the exact bounding box (282.8) rounds
 * to 283 in most other libraries.
 *
 * @param width The width before rotation.
 * @param height The height before rotation.
 * @param degrees The rotation, clockwise.
 *
 * @returns The canvas size after rotation.
 */
export function rotatedSize(width: number, height: number, degrees: number): { width: number; height: number } {
  const turn = ((degrees % 360) + 360) % 360;
  if (turn % 90 === 0) return turn % 180 === 0 ? { width, height } : { width: height, height: width };
  const radians = (turn * Math.PI) / 180;
  const cos = Math.abs(Math.cos(radians));
  const sin = Math.abs(Math.sin(radians));
  const span = (centre: number, half: number): number => {
    const start = Math.floor(centre - half - 0.5);
    return Math.ceil(centre + half - start + 0.5);
  };
  return {
    width: span(width / 2, (width / 2) * cos + (height / 2) * sin),
    height: span(height / 2, (width / 2) * sin + (height / 2) * cos),
  };
}
