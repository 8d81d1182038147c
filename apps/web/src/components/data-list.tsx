import { Box, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './data-list.module.css';

export interface DataListItem {
  label: string;
  value: ReactNode;
  /** For values in another script or direction (e-mail addresses, codes): keep them left to right. */
  ltr?: boolean;
  /** Marks the value for page objects and tests, e.g. "login-name". */
  name?: string;
}

export interface DataListProps {
  items: DataListItem[];
}

/** Label–value pairs as a description list; two columns on wide screens, stacked on a phone. */
export function DataList({ items }: DataListProps) {
  return (
    <Box component="dl" className={classes.list}>
      {items.map((item) => (
        <div key={item.label} className={classes.row}>
          <Text component="dt" fz="sm" c="dimmed" className={classes.term}>
            {item.label}
          </Text>
          <Text component="dd" className={classes.value} data-value={item.name}>
            {item.ltr ? (
              <bdi dir="ltr" className={classes.ltr}>
                {item.value}
              </bdi>
            ) : (
              item.value
            )}
          </Text>
        </div>
      ))}
    </Box>
  );
}
