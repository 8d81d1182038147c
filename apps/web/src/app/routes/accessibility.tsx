import { StatementPage } from '../../features/accessibility/components/statement-page';

export function AccessibilityRoute() {
  return <StatementPage />;
}
