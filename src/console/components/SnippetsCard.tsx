import { codeSnippets } from '../forms/snippets';
import { strings } from '../strings';
import { CopyButton } from './CopyButton';

/** Backend and frontend code to start from, with this server's URLs in it. */
export function SnippetsCard({ apiUrl, widgetUrl }: { apiUrl: string; widgetUrl: string }) {
  const snippets = codeSnippets(apiUrl, widgetUrl);
  const text = strings.environment.snippets;
  return (
    <div class="pbc-card">
      <h3 class="pbc-subheading">{text.heading}</h3>
      {(['backend', 'frontend'] as const).map((part) => (
        <div key={part} class="pbc-field">
          <span class="pbc-copy-row">
            <span class="pbc-label" id={`pbc-snippet-${part}`}>
              {text[part]}
            </span>
            <CopyButton text={snippets[part]} label={text[part]} />
          </span>
          <pre class="pbc-snippet" aria-labelledby={`pbc-snippet-${part}`}>
            <code>{snippets[part]}</code>
          </pre>
        </div>
      ))}
    </div>
  );
}
