import { useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { prefetchOnArrival } from './arrival.ts';
import { AppRoutes } from './AppRoutes.tsx';
import { LocaleProvider } from './LocaleProvider.tsx';
import { createQueryClient } from './query-client.ts';

export function App() {
  const [queryClient] = useState(() => {
    const client = createQueryClient();
    prefetchOnArrival(client, window.location);
    return client;
  });
  return (
    <QueryClientProvider client={queryClient}>
      <LocaleProvider>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </LocaleProvider>
    </QueryClientProvider>
  );
}
