/** Hours as the dashboard's medians show them, French style: « 12,5 ». Dates come from @reseau-epn/admin-kit. */
const hoursFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

export function formatHours(hours: number): string {
  return hoursFormat.format(hours);
}
