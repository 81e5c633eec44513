import { answerSampleRequest } from './sample-data.mjs';

/** The sample data as Koa middleware for @web/test-runner. */
export function sampleDataKoaMiddleware() {
  return async (ctx, next) => {
    const answer = await answerSampleRequest(ctx.path, new URLSearchParams(ctx.querystring), ctx.origin);
    if (!answer) return next();
    ctx.status = answer.status;
    ctx.set(answer.headers);
    ctx.body = answer.body;
  };
}
