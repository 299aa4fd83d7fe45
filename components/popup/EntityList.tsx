/** The article's key entities, best first, each with its kind shown quietly. */
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
  limit?: number;
  /** When given, each chip is a button that calls it (the popup opens the library filtered by the entity). */
  onSelect?: (entity: Entity) => void;
}

function EntityLabel({ entity }: { entity: Entity }) {
  return (
    <>
      <span class="entity-name">{entity.text}</span>
      {entity.type !== 'other' && <span class="entity-type">{t(TYPE_LABEL[entity.type])}</span>}
    </>
  );
}

/** Up to `limit` entities as a list of chips; variants ("OWA") appear in the tooltip. */
export function EntityList({ entities, limit = 12, onSelect }: EntityListProps) {
  if (entities.length === 0) return <p class="muted">{t('popupEntitiesEmpty')}</p>;
  return (
    <ul class="entity-list">
      {entities.slice(0, limit).map((entity) => (
        <li
          key={entity.text}
          class={`entity entity--${entity.type}`}
          data-testid="entity"
          data-entity-type={entity.type}
          title={entity.variants.length > 0 ? entity.variants.join(' · ') : undefined}
        >
          {onSelect ? (
            <button
              type="button"
              class="entity-button"
              aria-label={t('entityOpenLibrary', entity.text)}
              onClick={() => onSelect(entity)}
            >
              <EntityLabel entity={entity} />
            </button>
          ) : (
            <EntityLabel entity={entity} />
          )}
        </li>
      ))}
    </ul>
  );
}
