// The Inzicht view's two charts (@fluentui/react-charts, Fluent v9): mails checked per month, and
// what senders did per rule. Each chart has a heading; the numbers are in the table below as well,
// for screen readers and for copying.
import { GroupedVerticalBarChart } from '@fluentui/react-charts';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ChartGroup } from '../insight-model';

const useStyles = makeStyles({
  chart: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
});

export function InsightChart({
  id,
  title,
  groups,
  hasLongLabels = false,
}: {
  id: string;
  title: string;
  groups: readonly ChartGroup[];
  /** Rule names are long: slanted, they stay readable side by side. */
  hasLongLabels?: boolean;
}) {
  const styles = useStyles();
  return (
    <section className={styles.chart} aria-labelledby={`${id}-title`} data-chart={id}>
      <Text as="h2" weight="semibold" size={400} id={`${id}-title`}>
        {title}
      </Text>
      <GroupedVerticalBarChart
        chartTitle={title}
        data={groups.map((group) => ({ ...group, series: [...group.series] }))}
        height={hasLongLabels ? 380 : 300}
        barWidth="auto"
        hideLabels
        rotateXAxisLables={hasLongLabels}
        enabledLegendsWrapLines
      />
    </section>
  );
}
