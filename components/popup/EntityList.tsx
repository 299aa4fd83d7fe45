/** The article's key entities, best first, each with its kind shown quietly. */
import { namesOnlyNote, unsupportedScriptNote } from '@/components/popup/names-only-note';
import { readsLanguageFully } from '@/utils/article/entities/full-languages';
import { writtenWithoutCapitals } from '@/utils/article/language-script';
import type { Entity, EntityType } from '@/utils/article/types';
import { type MessageKey, t } from '@/utils/shared/i18n';

const TYPE_LABEL: Record<EntityType, MessageKey> = {
  person: 'entityTypePerson',
  organization: 'entityTypeOrganization',
  place: 'entityTypePlace',
  product: 'entityTypeProduct',
  group: 'entityTypeGroup',
  other: 'entityTypeOther',
};

interface EntityListProps {
  entities: Entity[];
  /** The article's language: outside French and English only trusted names are listed, and the list says so. */
  lang?: string;
  /** The article's text: when it is in a script without capitals and no name was found, the list says why. */
  text?: string;
  limit?: number;
  /** When given, each chip is a button that calls it (the popup opens the library filtered by the entity). */
  onSelect?: (entity: Entity) => void;
}

/** The name, in the page's language (so a screen reader says it in that voice), then its kind in the UI's. */
function EntityLabel({ entity, lang }: { entity: Entity; lang?: string }) {
  return (
    <>
      <span class="entity-name" lang={lang || undefined} dir="auto">
        {entity.text}
      </span>
      {entity.type !== 'other' && (
        <>
          {/* A real space: the button's name reads "Paris place", not "Parisplace". */}{' '}
          <span class="entity-type">{t(TYPE_LABEL[entity.type])}</span>
        </>
      )}
    </>
  );
}

/** Up to `limit` entities as a list of chips; variants ("OWA") appear in the tooltip. */
export function EntityList({ entities, lang, text, limit = 12, onSelect }: EntityListProps) {
  // One plain reason instead of "names only" followed by "none found".
  if (entities.length === 0 && text !== undefined && writtenWithoutCapitals(text)) {
    return (
      <p class="muted entity-note" data-testid="entities-unsupported-script">
        {unsupportedScriptNote(lang)}
      </p>
    );
  }
  const namesOnly = lang !== undefined && !readsLanguageFully(lang) && (
    <p class="muted entity-note" data-testid="entities-names-only">
      {namesOnlyNote(lang)}
    </p>
  );
  if (entities.length === 0) {
    return (
      <>
        {namesOnly}
        <p class="muted">{t('popupEntitiesEmpty')}</p>
      </>
    );
  }
  return (
    <>
      {namesOnly}
      <EntityChips entities={entities} lang={lang} limit={limit} onSelect={onSelect} />
    </>
  );
}

function EntityChips({ entities, lang, limit = 12, onSelect }: EntityListProps) {
  return (
    <ul class="entity-list">
      {entities.slice(0, limit).map((entity) => {
        const variants = entity.variants.length > 0 ? entity.variants.join(' · ') : undefined;
        return (
          <li
            key={entity.text}
            class={`entity entity--${entity.type}`}
            data-testid="entity"
            data-entity-type={entity.type}
            title={onSelect ? undefined : variants}
          >
            {onSelect ? (
              // Named by what it shows (name and kind), so speech input can say it; what it does is its description.
              <button
                type="button"
                class="entity-button"
                title={[t('entityOpenLibrary', entity.text), variants].filter(Boolean).join('\n')}
                onClick={() => onSelect(entity)}
              >
                <EntityLabel entity={entity} lang={lang} />
              </button>
            ) : (
              <EntityLabel entity={entity} lang={lang} />
            )}
          </li>
        );
      })}
    </ul>
  );
}
