import type { printChannels } from '../../shared/channels/print';
import { windowlessPrinter, type Printer } from '../printer';
import { printDocument, savePdf } from '../services/print';
import { settingsPlacesOf } from '../services/settings';
import type { HandlerContext, HandlerGroup } from './types';

export interface PrintOptions {
  /** The system's regional format, for the default paper size. */
  locale?: string | undefined;
  printer?: Printer | undefined;
}

export function printHandlers(
  { records, session, host }: HandlerContext,
  { locale, printer = windowlessPrinter }: PrintOptions = {},
): HandlerGroup<keyof typeof printChannels> {
  const context = { places: settingsPlacesOf(records, session), host, printer, locale };
  return {
    'print:savePdf': (request) => savePdf(context, request),
    'print:print': (request) => printDocument(context, request),
  };
}
