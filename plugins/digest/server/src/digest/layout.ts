/**
 * The letter's look, shared by the digest and the confirmation message: light (no image, no web
 * font, nothing remote), readable (16 px text, contrast above 7:1 for text, 4.5:1 for labels).
 */
export const COLORS = {
  brand: '#0b4f6c',
  onBrand: '#ffffff',
  onBrandMuted: '#e3f0f5',
  text: '#1f2933',
  muted: '#4b5563',
  page: '#f3f4f6',
  card: '#ffffff',
} as const;

export function mjmlHead(title: string, preheader: string): string {
  return `<mj-head>
    <mj-title>${title}</mj-title>
    <mj-preview>${preheader}</mj-preview>
    <mj-attributes>
      <mj-all font-family="Arial, Helvetica, sans-serif" />
      <mj-text font-size="16px" line-height="1.5" color="${COLORS.text}" padding="0 24px" />
      <mj-section padding="0" />
    </mj-attributes>
    <mj-style inline="inline">
      h1 { font-size: 24px; line-height: 1.25; margin: 0; color: ${COLORS.onBrand}; }
      h2 { font-size: 20px; line-height: 1.3; margin: 28px 0 8px; color: ${COLORS.brand}; }
      h3 { font-size: 17px; line-height: 1.35; margin: 0 0 4px; }
      a { color: ${COLORS.brand}; }
      .item { margin: 0 0 18px; }
      .labels { font-size: 13px; color: ${COLORS.muted}; margin: 0 0 4px; }
      .summary { margin: 0; }
      .footer p { margin: 0 0 8px; }
    </mj-style>
  </mj-head>`;
}

export function mjmlBanner(title: string, subtitle: string): string {
  return `<mj-section background-color="${COLORS.brand}" padding="24px 0">
      <mj-column>
        <mj-text><h1>${title}</h1></mj-text>
        <mj-text color="${COLORS.onBrandMuted}" padding="4px 24px 0">${subtitle}</mj-text>
      </mj-column>
    </mj-section>`;
}
