import { Args, ArgsType, Ctx, Field, FieldResolver, InputType, Query, Resolver, Root } from 'type-graphql';
import type { HubContext, Row } from '../../graph/context';
import { OwnedFilter, commonWhere, connectionComplexity, listComplexity } from '../../graph/filters';
import { connectionType, listOrders, PageArgs, paginate } from '../../graph/pagination';
import { SourceDocumentType } from '../documents/document.type';
import { OrganisationType } from '../organisations/organisation.type';
import { Person, PersonRole } from './person.entity';
import { PersonType, RoleType } from './person.type';

@InputType({ description: 'Which people to list; year, yearFrom, yearTo, document and organisation filter by their roles. 인물 필터.' })
export class PersonFilter extends OwnedFilter {}

export const PersonOrder = listOrders('PersonOrder', 'Order of a list of people; ties are broken by id. 인물 정렬.', 'NAME_ASC', {
  NAME_ASC: { by: { name: 'asc' }, description: 'By name, in code point order (the default). 이름 오름차순.' },
  NAME_DESC: { by: { name: 'desc' }, description: 'By name, reversed. 이름 내림차순.' },
});

@ArgsType()
class PersonArgs extends PageArgs {
  @Field(() => PersonFilter, { nullable: true, description: 'Which records to list; all when absent. 필터.' })
  filter?: PersonFilter | null;

  @Field(() => PersonOrder.enum, { nullable: true, defaultValue: PersonOrder.defaultValue, description: 'Order of the rows; a cursor only continues the order it came from. 정렬 순서.' })
  orderBy?: keyof typeof PersonOrder.enum | null;
}

export const PersonConnection = connectionType(PersonType, 'Person', '인물');

@Resolver(() => PersonType)
export class PersonResolver {
  @Query(() => PersonConnection, { description: 'People, by name. 인물 목록.', complexity: connectionComplexity })
  async people(@Args() { filter, orderBy, first, after }: PersonArgs, @Ctx() { em }: HubContext) {
    const where: Record<string, unknown> = commonWhere({ search: filter?.search });
    const roleWhere = commonWhere({
      year: filter?.year, yearFrom: filter?.yearFrom, yearTo: filter?.yearTo, documentId: filter?.documentId, organisationId: filter?.organisationId,
    });
    if (Object.keys(roleWhere).length) {
      const roles = await em.find(PersonRole, { ...roleWhere, person: { $ne: null } }, { fields: ['person'] });
      where.id = { $in: [...new Set(roles.map((r) => r.person!))] };
    }
    return paginate(em, Person, where, PersonOrder.of(orderBy), { first, after });
  }

  @FieldResolver(() => [RoleType], { description: 'Posts the person held, by year. 직위.', complexity: listComplexity })
  roles(@Root() person: Row<Person>, @Ctx() { loaders }: HubContext) {
    return loaders.rolesByPersonId.load(person.id);
  }
}

@Resolver(() => RoleType)
export class RoleResolver {
  @FieldResolver(() => OrganisationType, { nullable: true, description: 'Organisation of the post. 조직.' })
  organisation(@Root() role: Row<PersonRole>, @Ctx() { loaders }: HubContext) {
    return role.organisation ? loaders.organisationById.load(role.organisation) : null;
  }

  @FieldResolver(() => PersonType, { nullable: true, description: 'Holder of the post; null for a vacant post. 인물.' })
  person(@Root() role: Row<PersonRole>, @Ctx() { loaders }: HubContext) {
    return role.person ? loaders.personById.load(role.person) : null;
  }

  @FieldResolver(() => SourceDocumentType, { description: 'Document reporting the role. 출처 문서.' })
  document(@Root() role: Row<PersonRole>, @Ctx() { loaders }: HubContext) {
    return loaders.documentById.load(role.document);
  }
}
