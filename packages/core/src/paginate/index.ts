export { paginate, type ListOperation, type PageItem, type PaginatedItem, type PaginateOptions } from './paginate.ts';
