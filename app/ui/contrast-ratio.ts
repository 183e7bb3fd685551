import { rgb } from 'd3';

/** WCAG relative luminance of a CSS colour (hex, rgb() or a named colour). */
export function toRelativeLuminance(colour: string): number {
  const { r, g, b } = rgb(colour);
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio of two colours, from 1 to 21. */
export function toContrastRatio(a: string, b: string): number {
  const [light, dark] = [toRelativeLuminance(a), toRelativeLuminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** Whichever of a dark and a light text colour reads better on a background. */
export function pickTextColour(background: string, dark = '#1b2430', light = '#ffffff'): string {
  return toContrastRatio(background, dark) >= toContrastRatio(background, light) ? dark : light;
}
