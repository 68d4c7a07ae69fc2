import type { Logger } from './logger';

export interface Tracing {
  /** Sends the spans still buffered, then stops. */
  shutdown(): Promise<void>;
}

/**
 * OpenTelemetry traces (HTTP, GraphQL, pg) exported over OTLP/HTTP, only when
 * OTEL_EXPORTER_OTLP_ENDPOINT is set (the exporter reads it and the other standard OTEL_*
 * variables itself). Unset, no OpenTelemetry package is even loaded: the imports below are
 * dynamic, and nothing else in the server imports them. Call it before the app's modules are
 * loaded, so that the instrumentations can wrap `http`, `pg` and `graphql` as they are required.
 */
export async function startTracing(env: NodeJS.ProcessEnv, logger: Logger): Promise<Tracing | null> {
  const endpoint = env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!endpoint) return null;
  const [sdk, exporter, resources, instrumentation, http, pg, graphql] = await Promise.all([
    import('@opentelemetry/sdk-trace-node'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/resources'),
    import('@opentelemetry/instrumentation'),
    import('@opentelemetry/instrumentation-http'),
    import('@opentelemetry/instrumentation-pg'),
    import('@opentelemetry/instrumentation-graphql'),
  ]);
  const provider = new sdk.NodeTracerProvider({
    resource: resources.resourceFromAttributes({ 'service.name': env.OTEL_SERVICE_NAME || 'lien-thong' }),
    spanProcessors: [new sdk.BatchSpanProcessor(new exporter.OTLPTraceExporter())],
  });
  provider.register();
  instrumentation.registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      // probes and scrapes would drown the traces that matter
      new http.HttpInstrumentation({
        ignoreIncomingRequestHook: (req) => /^\/(healthz|readyz|metrics)\b/.test(req.url ?? ''),
      }),
      new pg.PgInstrumentation(),
      // one span per resolver would dwarf the work: only non-trivial resolvers, lists merged
      new graphql.GraphQLInstrumentation({ mergeItems: true, ignoreTrivialResolveSpans: true }),
    ],
  });
  logger.info({ endpoint }, 'tracing: exporting spans over OTLP');
  return { shutdown: () => provider.shutdown() };
}
