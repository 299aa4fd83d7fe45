/** The article's key entities, best first, each with its kind shown quietly. */
import type { Entity, EntityType } from '@/utils/analysis/types';
import { type MessageKey, t } from '@/utils/i18n/t';

const TYPE_LABEL: Record<EntityType, MessageKey> = {
  person: 'entityTypePerson',
  organization: 'entityTypeOrganization',
  place: 'entityTypePlace',
  product: 'entityTypeProduct',
  group: 'entityTypeGroup',
  other: 'entityTypeOther',
};

/** Up to `limit` entities as a list of chips; variants ("OWA") appear in the tooltip. */
export function EntityList({ entities, limit = 12 }: { entities: Entity[]; limit?: number }) {
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
          <span class="entity-name">{entity.text}</span>
          {entity.type !== 'other' && <span class="entity-type">{t(TYPE_LABEL[entity.type])}</span>}
        </li>
      ))}
    </ul>
  );
}
