import * as React from 'react';
import { Flex, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';

export interface PluginPageProps {
  /** The page's heading, also the browser tab's title. */
  title: string;
  subtitle: string;
  /** Loading or reloading: told to screen readers through `aria-busy`. */
  busy: boolean;
  /** The last load's failure, said above the content (which keeps showing the last data). */
  error: string | null;
  /** The header's button, e.g. « Actualiser ». */
  primaryAction?: React.ReactNode;
  /** The page's sections, stacked. */
  children: React.ReactNode;
}

/**
 * A plugin's main page the way Strapi's own are laid out: title, header, then its sections in one
 * column, with the load error first. Every plugin page reads the same.
 */
export const PluginPage = ({ title, subtitle, busy, error, primaryAction, children }: PluginPageProps) => (
  <Page.Main aria-busy={busy}>
    <Page.Title>{title}</Page.Title>
    <Layouts.Header title={title} subtitle={subtitle} primaryAction={primaryAction} />
    <Layouts.Content>
      <Flex direction="column" alignItems="stretch" gap={6}>
        {error && (
          <Typography tag="p" role="alert" textColor="danger600">
            {error}
          </Typography>
        )}
        {children}
      </Flex>
    </Layouts.Content>
  </Page.Main>
);
