import { MantineProvider, Menu, Modal, Table, Button } from '@mantine/core';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { localizedTheme } from './theme';

const theme = localizedTheme({ close: 'Schließen', scrollableTable: 'Tabelle, waagrecht verschiebbar' });

function renderThemed(ui: React.ReactElement) {
  return render(
    <MantineProvider theme={theme} env="test">
      {ui}
    </MantineProvider>,
  );
}

describe('shared components through the theme', () => {
  it("gives a dialog's close button a name", async () => {
    renderThemed(
      <Modal opened onClose={() => undefined} title="Wirklich löschen?">
        <Button data-autofocus>Abbrechen</Button>
      </Modal>,
    );
    expect(await screen.findByRole('button', { name: 'Schließen' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Abbrechen' })).toHaveFocus());
  });

  it('makes a wide table a named region that the keyboard reaches', () => {
    renderThemed(
      <Table.ScrollContainer minWidth={800}>
        <Table>
          <Table.Tbody>
            <Table.Tr>
              <Table.Td>Zelle</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>,
    );
    const region = screen.getByRole('region', { name: 'Tabelle, waagrecht verschiebbar' });
    expect(region).toHaveAttribute('tabindex', '0');
    // Native scrolling: the region itself scrolls (Mantine's ScrollArea would scroll an inner element).
    expect(region.querySelector('.mantine-ScrollArea-viewport')).toBeNull();
  });

  it('puts focus on the first item when a menu opens', async () => {
    const user = userEvent.setup();
    renderThemed(
      <Menu>
        <Menu.Target>
          <Button>Sprache</Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>Sprache</Menu.Label>
          <Menu.Item>Deutsch</Menu.Item>
          <Menu.Item>English</Menu.Item>
        </Menu.Dropdown>
      </Menu>,
    );
    await user.click(screen.getByRole('button', { name: 'Sprache' }));
    await waitFor(() => expect(screen.getByRole('menuitem', { name: 'Deutsch' })).toHaveFocus());
  });
});
