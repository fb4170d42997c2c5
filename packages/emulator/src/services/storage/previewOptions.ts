import { fail } from '../../errors/AppwriteException.ts';

/** Preview parameters after range checks, with Appwrite's defaults. */
export interface PreviewOptions {
  /** Target width in pixels; 0 keeps the aspect ratio from height (or the original). */
  width: number;
  /** Target height in pixels; 0 keeps the aspect ratio from width (or the original). */
  height: number;
  /** Crop anchor when both sides are given. */
  gravity: string;
  /** Output quality 0-100. */
  quality: number;
  /** Border thickness in pixels. */
  borderWidth: number;
  /** Border color as hex without `#`. */
  borderColor: string;
  /** Corner radius in pixels. */
  borderRadius: number;
  /** Opacity 0-1 (applies to formats with alpha). */
  opacity: number;
  /** Rotation in degrees. */
  rotation: number;
  /** Background color as hex without `#`, for transparent areas. */
  background: string;
  /** Output format, or empty to keep the original's. */
  output: string;
}

const GRAVITIES = ['center', 'top-left', 'top', 'top-right', 'left', 'right', 'bottom-left', 'bottom', 'bottom-right'];
const OUTPUTS = ['', 'jpg', 'jpeg', 'gif', 'png', 'webp'];
const HEX = /^([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

function number(params: Record<string, unknown>, name: string, fallback: number, min: number, max: number, integer = true): number {
  const raw = params[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || (integer && !Number.isInteger(value)) || value < min || value > max) {
    fail('general_argument_invalid', `Invalid \`${name}\` param: Value must be a valid range between ${min} and ${max}`);
  }
  return value;
}

function choice(params: Record<string, unknown>, name: string, allowed: string[], fallback: string): string {
  const raw = params[name];
  if (raw === undefined) return fallback;
  if (typeof raw !== 'string' || !allowed.includes(raw)) {
    fail('general_argument_invalid', `Invalid \`${name}\` param: Value must be one of (${allowed.filter(Boolean).join(', ')})`);
  }
  return raw;
}

function color(params: Record<string, unknown>, name: string): string {
  const raw = params[name];
  if (raw === undefined || raw === '') return '';
  if (typeof raw !== 'string' || !HEX.test(raw)) fail('general_argument_invalid', `Invalid \`${name}\` param: Value must be a valid hex color code`);
  return raw;
}

/**
 * Creates checked preview options from query parameters, with the spec's ranges and defaults.
 *
 * @param params The request parameters.
 *
 * @returns The options.
 */
export function previewOptions(params: Record<string, unknown>): PreviewOptions {
  return {
    width: number(params, 'width', 0, 0, 4000),
    height: number(params, 'height', 0, 0, 4000),
    gravity: choice(params, 'gravity', GRAVITIES, 'center'),
    quality: number(params, 'quality', 100, -1, 100),
    borderWidth: number(params, 'borderWidth', 0, 0, 100),
    borderColor: color(params, 'borderColor'),
    borderRadius: number(params, 'borderRadius', 0, 0, 4000),
    opacity: number(params, 'opacity', 1, 0, 1, false),
    rotation: number(params, 'rotation', 0, -360, 360),
    background: color(params, 'background'),
    output: choice(params, 'output', OUTPUTS, ''),
  };
}
