import type { useLoaderData } from '@remix-run/react';
import type { loader } from '~/routes/app.$org.me.applications.$id.rejection';

/** What the guided flow's page loads, as its steps receive it. */
export type FlowPageData = ReturnType<typeof useLoaderData<typeof loader>>;
