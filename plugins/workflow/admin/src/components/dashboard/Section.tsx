import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';

/** A section of the dashboard; its heading names it for assistive technologies. */
export const Section = ({ title, children }: { title: string; children: React.ReactNode }) => {
  const headingId = React.useId();
  return (
    <Box tag="section" aria-labelledby={headingId}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography id={headingId} tag="h2" variant="delta">
          {title}
        </Typography>
        {children}
      </Flex>
    </Box>
  );
};
