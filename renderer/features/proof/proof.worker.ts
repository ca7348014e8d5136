// Proofreading a long story takes tens of milliseconds; here it never holds up typing.
import { proofread, type ProofOptions, type Suggestion } from '../../../shared/proof';

export interface ProofRequest {
  id: number;
  text: string;
  options: ProofOptions;
}

export interface ProofResponse {
  id: number;
  suggestions: Suggestion[];
}

self.onmessage = (e: MessageEvent<ProofRequest>) => {
  const { id, text, options } = e.data;
  const reply: ProofResponse = { id, suggestions: proofread(text, options) };
  self.postMessage(reply);
};
