import { useEffect, useState } from 'react';
import type { Suggestion } from '../../../shared/proof';
import type { Story } from '../../../shared/model';
import { useApp } from '../../state/store';
import { bodyText } from '../correct/body-text';
import { draftText, onDraft } from '../correct/editor-session';
import { proofreadAsync } from './proof-runner';

export interface ProofResult {
  storyId: string;
  /** The text the suggestions were computed on; offsets point into it. */
  text: string;
  suggestions: Suggestion[];
}

/** Suggestions for the story's current text (the editor's draft while typing), recomputed off the typing path. */
export function useSuggestions(story: Story | null): ProofResult | null {
  const dictionary = useApp((s) => s.dictionary);
  const ignoredRules = useApp((s) => s.ignoredRules);
  const [, setDraftTick] = useState(0);
  const [result, setResult] = useState<ProofResult | null>(null);
  useEffect(() => onDraft(() => setDraftTick((n) => n + 1)), []);

  const storyId = story?.id ?? null;
  const text = story ? (draftText(story.id) ?? bodyText(story.edited.paragraphs)) : '';

  useEffect(() => {
    if (!storyId) return;
    let live = true;
    void proofreadAsync(text, { dictionary, ignoredRules }).then((suggestions) => {
      if (live) setResult({ storyId, text, suggestions });
    });
    return () => {
      live = false;
    };
  }, [storyId, text, dictionary, ignoredRules]);

  return result && result.storyId === storyId ? result : null;
}
