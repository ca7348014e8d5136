// Proofreading a long story takes tens of milliseconds; here it never holds up typing.
import { proofread, type ProofOptions, type Suggestion } from '../../../shared/proof';
import { loadWordModel } from './word-model';

export interface ProofRequest {
  id: number;
  text: string;
  options: ProofOptions;
}

export interface ProofResponse {
  id: number;
  suggestions: Suggestion[];
}

self.onmessage = async (e: MessageEvent<ProofRequest>) => {
  const { id, text, options } = e.data;
  const words = await loadWordModel();
  const reply: ProofResponse = { id, suggestions: proofread(text, { ...options, words }) };
  self.postMessage(reply);
};
