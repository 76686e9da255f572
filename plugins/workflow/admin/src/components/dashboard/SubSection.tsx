import * as React from 'react';
import { Flex, Typography } from '@strapi/design-system';

/** A titled part of a section (by space, by category; starting, ending). */
export const SubSection = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Flex direction="column" alignItems="stretch" gap={2}>
    <Typography tag="h3" variant="omega" fontWeight="bold">
      {title}
    </Typography>
    {children}
  </Flex>
);
