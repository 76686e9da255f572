import * as React from 'react';
import { Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';

export interface Column<Row> {
  id: string;
  header: string;
  cell: (row: Row) => React.ReactNode;
}

interface DataTableProps<Row> {
  /** The table's accessible name. */
  label: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  /** What to say instead of an empty table. */
  empty: string;
}

/** A dashboard table: one row per item, a sentence instead when there is none. */
export function DataTable<Row>({ label, columns, rows, rowKey, empty }: DataTableProps<Row>) {
  if (rows.length === 0) {
    return (
      <Typography tag="p" variant="omega" textColor="neutral600">
        {empty}
      </Typography>
    );
  }
  return (
    <Table aria-label={label} colCount={columns.length} rowCount={rows.length + 1}>
      <Thead>
        <Tr>
          {columns.map((column) => (
            <Th key={column.id} role="columnheader" scope="col">
              <Typography variant="sigma" textColor="neutral600">
                {column.header}
              </Typography>
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((row) => (
          <Tr key={rowKey(row)}>
            {columns.map((column) => (
              <Td key={column.id}>
                <Typography textColor="neutral800">{column.cell(row)}</Typography>
              </Td>
            ))}
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}
