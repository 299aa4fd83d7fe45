/** English stopwords (lower case; consumers fold them as they need). */
import type { StopwordList } from './types';

export const ENGLISH: StopwordList = {
  lang: 'en',
  distinctive: `the and of to is that for with was on are this by have it from which be has were their they but will
would been its an or who`,
  function: `a in these those at as not he she we you his her our your had can could do does did so if than then
there what when`,
  topicless: `about after again against all also am any because before being between both doing down during each
few further having here hers him how i into just me more most my no nor now off once only other ours
out over own same should some such theirs them through too under until up very where while whom why
yours new first last says said year years day days week weeks month months read via per january
february march april may june july august september october november december jan feb mar apr jun
jul aug sep oct nov dec monday tuesday wednesday thursday friday saturday sunday yesterday today
tomorrow`,
};
