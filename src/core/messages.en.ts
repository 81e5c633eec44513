import type { CoreMessages } from './messages.js';

/** English texts of the shared core; loaded only by pages that show a widget in English. */
export const coreMessagesEn: CoreMessages = {
  retry: 'Try again',
  tryLater: 'Please try again in a moment.',
  cause(error) {
    switch (error.kind) {
      case 'network':
        return 'The server could not be reached. Please check your internet connection.';
      case 'timeout':
        return 'The server did not answer in time.';
      case 'invalid-json':
        return 'The server’s answer is damaged and cannot be read.';
      case 'invalid-data':
        return 'The server’s answer does not have the expected format.';
      case 'http':
        if (error.status === 404 || error.status === 410) return `The data was not found on the server (error ${error.status}).`;
        if (error.status === 401 || error.status === 403) return `The data is not publicly available (error ${error.status}).`;
        if (error.status === 429) return 'The server is busy right now (error 429).';
        return `The server reports a fault (error ${error.status ?? 'unknown'}).`;
    }
  },
};
