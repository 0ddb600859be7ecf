export { ClientDetail } from './ClientDetail';
export { ClientList } from './ClientList';
export { NewClient } from './NewClient';
