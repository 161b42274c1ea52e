export { NewtabPage as App } from '../../features/newtab/NewtabPage';
