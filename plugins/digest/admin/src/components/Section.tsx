import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';

/** A titled block of the page; its heading names it for assistive technologies. */
export const Section = ({ title, children, actions }: { title: string; children: React.ReactNode; actions?: React.ReactNode }) => {
  const headingId = React.useId();
  return (
    <Box tag="section" aria-labelledby={headingId} background="neutral0" padding={6} shadow="tableShadow" hasRadius>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex justifyContent="space-between" alignItems="center" gap={4} wrap="wrap">
          <Typography id={headingId} tag="h2" variant="delta">
            {title}
          </Typography>
          {actions}
        </Flex>
        {children}
      </Flex>
    </Box>
  );
};
