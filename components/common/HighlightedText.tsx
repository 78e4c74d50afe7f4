// Text with the evidence words marked. Preact renders every segment as a text node: page or pasted text is
// never parsed as HTML.
import { segmentText, type Range } from './highlight';

export function HighlightedText({ text, ranges }: { text: string; ranges: readonly Range[] }) {
  return (
    <p class="jla-highlighted">
      {segmentText(text, ranges).map((segment, index) =>
        segment.marked ? <mark key={index}>{segment.text}</mark> : segment.text,
      )}
    </p>
  );
}
